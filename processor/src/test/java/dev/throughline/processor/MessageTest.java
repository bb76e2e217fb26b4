package dev.throughline.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.processor.diagnostics.Message;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The catalogue of diagnostics: stable, distinct ids, and formats checked against their arguments. */
class MessageTest {

  @Test
  void idsAreDistinctAndNamespaced() {
    assertThat(Arrays.stream(Message.values()).map(Message::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("Throughline[A-Z][A-Za-z]+"));
  }

  @Test
  void textStartsWithTheBracketedId() {
    String text = Message.UNKNOWN_KEY.format("throughKeyFrom", "docId", "Appointment", "id, doctorId");
    assertThat(text).isEqualTo("[ThroughlineUnknownKey] throughKeyFrom 'docId' is not an attribute of"
        + " Appointment; its attributes are: id, doctorId");
  }

  @Test
  void everyMessageFormatsWithItsArity() {
    for (Message message : Message.values()) {
      Object[] args = Collections.nCopies(message.arity(), "x").toArray();
      assertThat(message.format(args)).startsWith("[" + message.id() + "] ").doesNotContain("%s");
    }
  }

  @Test
  void aWrongNumberOfArgumentsIsRefused() {
    assertThatThrownBy(() -> Message.UNKNOWN_KEY.format("keyFrom", "code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ThroughlineUnknownKey takes 4 arguments but was given 2");
  }
}
