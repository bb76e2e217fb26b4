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

  @Test
  void padsEachChunkToAPowerOfTwoOrTheChunkSizeWithItsLastKey() {
    List<Integer> keys = IntStream.range(0, 7).boxed().toList();
    assertThat(KeyChunks.split(keys, 100)).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 6));
    assertThat(KeyChunks.split(keys, 6)).containsExactly(List.of(0, 1, 2, 3, 4, 5), List.of(6));
    assertThat(KeyChunks.split(List.of(1, 2, 3), 100)).containsExactly(List.of(1, 2, 3, 3));
    assertThat(KeyChunks.split(List.of(9), 100)).containsExactly(List.of(9));
    assertThat(KeyChunks.split(IntStream.range(0, 5).boxed().toList(), 3))
        .containsExactly(List.of(0, 1, 2), List.of(3, 4));
  }

  @Test
  void padsLongChunksToMultiplesOf1024() {
    assertThat(KeyChunks.paddedLength(1)).isEqualTo(1);
    assertThat(KeyChunks.paddedLength(2)).isEqualTo(2);
    assertThat(KeyChunks.paddedLength(513)).isEqualTo(1024);
    assertThat(KeyChunks.paddedLength(1024)).isEqualTo(1024);
    assertThat(KeyChunks.paddedLength(1025)).isEqualTo(2048);
    assertThat(KeyChunks.paddedLength(10_000)).isEqualTo(10_240);
    assertThat(KeyChunks.paddedLength(16_384)).isEqualTo(16_384);
    List<Integer> keys = IntStream.range(0, 10_000).boxed().toList();
    List<List<Integer>> chunks = KeyChunks.split(keys, KeyChunks.DEFAULT_CHUNK);
    assertThat(chunks).hasSize(1);
    assertThat(chunks.get(0)).hasSize(10_240).startsWith(0, 1, 2).endsWith(9_999, 9_999);
    assertThat(chunks.get(0).subList(0, 10_000)).isEqualTo(keys);
  }
}
