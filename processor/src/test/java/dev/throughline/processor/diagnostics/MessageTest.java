package dev.throughline.processor.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
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
    String text = Messages.unknownKey("throughKeyFrom", "docId", "Appointment", "id, doctorId").text();
    assertThat(text).isEqualTo("[ThroughlineUnknownKey] throughKeyFrom 'docId' is not an attribute of"
        + " Appointment; its attributes are: id, doctorId");
  }

  @Test
  void everyMessageFormatsWithItsArity() {
    for (Message message : Message.values()) {
      Object[] args = Collections.nCopies(message.arity(), "x").toArray();
      assertThat(message.format(args).text()).startsWith("[" + message.id() + "] ").doesNotContain("%s");
    }
  }

  @Test
  void aWrongNumberOfArgumentsIsRefused() {
    assertThatThrownBy(() -> Message.UNKNOWN_KEY.format("keyFrom", "code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ThroughlineUnknownKey takes 4 arguments but was given 2");
  }

  @Test
  void everyMessageIsMadeByATypedMethod() throws IllegalAccessException, InvocationTargetException {
    Set<Message> made = EnumSet.noneOf(Message.class);
    for (Method method : Messages.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers())) {
        continue;
      }
      Object[] args = Arrays.stream(method.getParameterTypes())
          .map(type -> type == KeyAttribute.class ? new KeyAttribute("keyFrom", "x", "X") : "x")
          .toArray();
      MessageText text = (MessageText) method.invoke(null, args);
      assertThat(text.text()).as(method.getName()).startsWith("[" + text.message().id() + "] ");
      made.add(text.message());
    }
    assertThat(made).containsExactlyInAnyOrder(Message.values());
  }

  @Test
  void aValueTheFormatShowsTwiceIsGivenOnce() {
    KeyAttribute throughKey = new KeyAttribute("throughKeyFrom", "doctor", "Appointment");
    KeyAttribute key = new KeyAttribute("keyFrom", "code", "Doctor");
    assertThat(Messages.associationNeedsId(throughKey, key, "id", "String").text())
        .isEqualTo("[ThroughlineAssociationNeedsId] throughKeyFrom 'doctor' of Appointment is a @ManyToOne to"
            + " Doctor, which references its id 'id', but keyFrom is 'code'; remove keyFrom so that it defaults"
            + " to the id, or reference 'code' with a basic attribute of type String");
  }
}
