package dev.throughline.filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A filter's JSON, read in full before anything is interpreted: objects keep their key order. */
sealed interface JsonValue {

  /** A JSON object; keys are unique. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {}

  /** A JSON array. */
  record JsonArray(List<JsonValue> elements) implements JsonValue {}

  /** A JSON string. */
  record JsonString(String value) implements JsonValue {}

  /** A JSON number, exactly as written. */
  record JsonNumber(BigDecimal value) implements JsonValue {}

  /** {@code true} or {@code false}. */
  record JsonBoolean(boolean value) implements JsonValue {}

  /** {@code null}. */
  record JsonNull() implements JsonValue {}

  /** What this value is, for messages: "an object", "a string" ... */
  default String kind() {
    if (this instanceof JsonObject) {
      return "an object";
    }
    if (this instanceof JsonArray) {
      return "an array";
    }
    if (this instanceof JsonString) {
      return "a string";
    }
    if (this instanceof JsonNumber) {
      return "a number";
    }
    if (this instanceof JsonBoolean) {
      return "a boolean";
    }
    return "null";
  }
}
