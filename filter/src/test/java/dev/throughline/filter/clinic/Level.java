package dev.throughline.filter.clinic;

/** How urgently a patient is seen. */
public enum Level {
  LOW,
  HIGH
}
