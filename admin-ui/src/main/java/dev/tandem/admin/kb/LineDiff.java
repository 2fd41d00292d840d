package dev.tandem.admin.kb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence), enough to see what a version
 * changed in an article. Texts beyond {@link #MAX_LINES} lines are compared as a whole
 * block to keep the table small.
 */
final class LineDiff {

	static final int MAX_LINES = 2000;

	/** One line of the diff. */
	record Line(Kind kind, String text) {
	}

	enum Kind {

		SAME, ADDED, REMOVED

	}

	private LineDiff() {
	}

	static List<Line> between(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
			List<Line> coarse = new ArrayList<>();
			a.forEach((line) -> coarse.add(new Line(Kind.REMOVED, line)));
			b.forEach((line) -> coarse.add(new Line(Kind.ADDED, line)));
			return coarse;
		}
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> diff = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				diff.add(new Line(Kind.SAME, a.get(i++)));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				diff.add(new Line(Kind.REMOVED, a.get(i++)));
			}
			else {
				diff.add(new Line(Kind.ADDED, b.get(j++)));
			}
		}
		while (i < a.size()) {
			diff.add(new Line(Kind.REMOVED, a.get(i++)));
		}
		while (j < b.size()) {
			diff.add(new Line(Kind.ADDED, b.get(j++)));
		}
		return diff;
	}

	private static List<String> lines(String text) {
		return (text == null || text.isEmpty()) ? Collections.emptyList() : List.of(text.split("\n", -1));
	}

}
