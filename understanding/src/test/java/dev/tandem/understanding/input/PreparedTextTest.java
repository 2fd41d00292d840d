package dev.tandem.understanding.input;

import org.junit.jupiter.api.Test;

import dev.tandem.understanding.explanation.Evidence;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedTextTest {

	@Test
	void nullBecomesEmptyWithANote() {
		PreparedText prepared = PreparedText.of(null);
		assertThat(prepared.text()).isEmpty();
		assertThat(prepared.notes("input")).extracting(Evidence::explanation)
			.containsExactly("empty text: nothing to analyse");
	}

	@Test
	void removesControlCharactersButKeepsLineBreaksAndEmoji() {
		PreparedText prepared = PreparedText.of("a\u0000b\nc 😀\u200D👍");
		assertThat(prepared.text()).isEqualTo("a b\nc 😀\u200D👍");
		assertThat(prepared.removedCharacters()).isEqualTo(1);
	}

	@Test
	void capsLongTextWithoutSplittingASurrogatePair() {
		PreparedText prepared = PreparedText.of("ab😀cd", 3);
		assertThat(prepared.text()).isEqualTo("ab");
		assertThat(prepared.truncated()).isTrue();
		assertThat(prepared.notes("input")).extracting(Evidence::explanation)
			.containsExactly("long text: analysed the first 2 of 6 characters");
	}

	@Test
	void flagsBinaryJunk() {
		PreparedText prepared = PreparedText.of("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e ok");
		assertThat(prepared.looksBinary()).isTrue();
		assertThat(prepared.notes("input")).extracting(Evidence::explanation).anyMatch((s) -> s.contains("binary"));
	}

}
