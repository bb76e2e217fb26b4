package dev.throughline.processor.diagnostics;

import java.util.Objects;

/**
 * A message of the catalogue with its arguments filled in, as {@link Messages} makes it.
 *
 * @param message which message this is
 * @param text the complete text javac prints, starting with the bracketed id
 */
public record MessageText(Message message, String text) {

  public MessageText {
    Objects.requireNonNull(message, "message");
    if (!text.startsWith("[" + message.id() + "] ")) {
      throw new IllegalArgumentException("the text of " + message.id() + " must start with its id: " + text);
    }
  }
}
