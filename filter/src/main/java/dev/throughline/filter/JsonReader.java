package dev.throughline.filter;

import dev.throughline.filter.JsonValue.JsonArray;
import dev.throughline.filter.JsonValue.JsonBoolean;
import dev.throughline.filter.JsonValue.JsonNull;
import dev.throughline.filter.JsonValue.JsonNumber;
import dev.throughline.filter.JsonValue.JsonObject;
import dev.throughline.filter.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a filter's JSON text with Jackson's streaming parser into {@link JsonValue}s: exactly one
 * value, nothing after it, no duplicate keys, and no deeper, longer or larger than the limits
 * allow (Jackson stops nesting beyond them before this class recurses), so that hostile text costs
 * little before it is refused.
 */
final class JsonReader {

  private final FilterLimits limits;
  private final JsonFactory factory;

  JsonReader(FilterLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxJsonDepth())
            .maxDocumentLength(limits.maxLength())
            .maxStringLength(limits.maxLength())
            .maxNameLength(limits.maxLength())
            .maxNumberLength(100)
            .build())
        .build();
  }

  /** The one JSON value of {@code text}; {@code path} names it in exceptions. */
  JsonValue read(String text, FilterPath path) {
    if (text.length() > limits.maxLength()) {
      throw new FilterException(path.toString(),
          "the filter is " + text.length() + " characters long", "at most " + limits.maxLength() + " characters");
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new FilterException(path.toString(), "the filter is empty", "a JSON object");
      }
      JsonValue value = value(parser, path);
      if (parser.nextToken() != null) {
        throw new FilterException(path.toString(), "there is more text after the JSON value" + at(parser.currentLocation()),
            "one JSON object");
      }
      return value;
    } catch (JacksonException e) {
      throw new FilterException(path.toString(), "not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()), "");
    }
  }

  private JsonValue value(JsonParser parser, FilterPath path) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return object(parser, path);
      case START_ARRAY:
        return array(parser, path);
      case VALUE_STRING:
        return new JsonString(parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new JsonNumber(parser.getDecimalValue());
      case VALUE_TRUE:
        return new JsonBoolean(true);
      case VALUE_FALSE:
        return new JsonBoolean(false);
      case VALUE_NULL:
        return new JsonNull();
      default:
        throw new FilterException(path.toString(), "unexpected JSON token " + token, "");
    }
  }

  private JsonObject object(JsonParser parser, FilterPath path) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      FilterPath member = path.key(name);
      parser.nextToken();
      JsonValue value = value(parser, member);
      if (members.put(name, value) != null) {
        throw new FilterException(member.toString(), "the key " + FilterPath.quoted(name) + " is given twice",
            "each key once");
      }
    }
    return new JsonObject(Collections.unmodifiableMap(members));
  }

  private JsonArray array(JsonParser parser, FilterPath path) {
    List<JsonValue> elements = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (elements.size() == limits.maxValues()) {
        throw new FilterException(path.toString(), "the list has more than " + limits.maxValues() + " elements",
            "at most " + limits.maxValues() + " elements");
      }
      elements.add(value(parser, path.index(elements.size())));
    }
    return new JsonArray(Collections.unmodifiableList(elements));
  }

  private static String at(TokenStreamLocation location) {
    if (location == null || location.getColumnNr() < 1) {
      return "";
    }
    return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
