package dev.throughline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyChunksTest {

  @Test
  void splitsIntoConsecutiveChunksOfAtMostTheSize() {
    List<Integer> keys = IntStream.range(0, 7).boxed().toList();
    assertThat(KeyChunks.split(keys, 3)).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
    assertThat(KeyChunks.split(keys, 7)).containsExactly(keys);
    assertThat(KeyChunks.split(List.of(), 3)).isEmpty();
  }
}
