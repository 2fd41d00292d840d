package dev.tandem.admin.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

	@Test
	void marksChangedLinesAsRemovedAndAdded() {
		assertThat(LineDiff.between("a\nb\nc", "a\nB\nc\nd")).extracting(LineDiff.Line::kind, LineDiff.Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LineDiff.Kind.SAME, "a"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Kind.REMOVED, "b"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Kind.ADDED, "B"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Kind.SAME, "c"),
					org.assertj.core.groups.Tuple.tuple(LineDiff.Kind.ADDED, "d"));
	}

	@Test
	void firstVersionIsAllAdded() {
		assertThat(LineDiff.between("", "x\ny")).extracting(LineDiff.Line::kind)
			.containsOnly(LineDiff.Kind.ADDED)
			.hasSize(2);
	}

}
