package dev.throughline.filter;

import java.util.regex.Pattern;

/**
 * A place in a filter, rendered as JavaScript would address it: {@code where.and[1].name.gt}.
 * Names that are not plain identifiers are quoted ({@code where["a.b"]}) and long ones cut, so a
 * hostile name never makes the path ambiguous or huge.
 */
final class FilterPath {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,63}");
  private static final int SHOWN = 64;

  private final String text;

  private FilterPath(String text) {
    this.text = text;
  }

  /** The filter itself. */
  static FilterPath root() {
    return new FilterPath("");
  }

  /** A path that starts with {@code name}, as a where given on its own starts with {@code where}. */
  static FilterPath named(String name) {
    return root().key(name);
  }

  /** The property {@code name} of the object here. */
  FilterPath key(String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return new FilterPath(text.isEmpty() ? name : text + "." + name);
    }
    return new FilterPath(text + "[" + quoted(name) + "]");
  }

  /** The element {@code index} of the array here. */
  FilterPath index(int index) {
    return new FilterPath(text + "[" + index + "]");
  }

  /** A name from the filter as it may be shown in a message: quoted, escaped and cut. */
  static String quoted(String name) {
    StringBuilder quoted = new StringBuilder("\"");
    int end = Math.min(name.length(), SHOWN);
    for (int i = 0; i < end; i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (name.length() > SHOWN) {
      quoted.append("...");
    }
    return quoted.append('"').toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
