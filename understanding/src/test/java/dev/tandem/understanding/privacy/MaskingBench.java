package dev.tandem.understanding.privacy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.understanding.privacy.PersonalDataCorpus.Planted;
import dev.tandem.understanding.privacy.PersonalDataCorpus.Sample;

/**
 * Masking recall and false masks on a generated corpus (seeded), so every format is
 * covered in numbers no real data set has.
 */
class MaskingBench {

	/** The corpus looked at while writing the detectors. */
	private static final long DEVELOPMENT_SEED = 42L;

	/** A corpus nobody looked at: the figures reported. */
	private static final long HELD_OUT_SEED = 20261121L;

	private static final int SAMPLES = 5000;

	@Test
	void measuresRecallAndFalseMasks() {
		String development = measure(DEVELOPMENT_SEED).split("\n\n")[1];
		String heldOut = measure(HELD_OUT_SEED);
		BenchmarkReport.forProject()
			.writeSection("understanding-masking", "Understanding: personal-data masking",
					heldOut + "\nFor comparison, the development corpus (seed " + DEVELOPMENT_SEED
							+ ", used while writing the detectors): " + development + "\n");
	}

	private static String measure(long seed) {
		PersonalDataMasker masker = new PersonalDataMasker();
		Map<String, int[]> byKind = new TreeMap<>(); // kind -> {planted, found (any
														// type), right type, touched}
		int spurious = 0;
		int masks = 0;
		for (Sample sample : new PersonalDataCorpus(seed).samples(SAMPLES)) {
			MaskedText masked = masker.mask(sample.text());
			masks += masked.masks().size();
			for (Planted planted : sample.planted()) {
				int[] counts = byKind.computeIfAbsent(planted.kind(), (k) -> new int[4]);
				counts[0]++;
				List<MaskedSpan> covering = masked.masks()
					.stream()
					.filter((m) -> m.start() <= planted.start() && m.end() >= planted.end())
					.toList();
				boolean touched = masked.masks()
					.stream()
					.anyMatch((m) -> m.start() < planted.end() && planted.start() < m.end());
				counts[1] += covering.isEmpty() ? 0 : 1;
				counts[2] += covering.stream().anyMatch((m) -> m.type() == planted.type()) ? 1 : 0;
				counts[3] += touched ? 1 : 0;
			}
			for (MaskedSpan mask : masked.masks()) {
				boolean explained = sample.planted()
					.stream()
					.anyMatch((p) -> p.isPersonal() && mask.start() < p.end() && p.start() < mask.end());
				// a mask over a cue-less name is right, just not expected
				spurious += explained ? 0 : 1;
			}
		}
		StringBuilder personal = new StringBuilder(
				"| personal data | planted | recall (masked) | recall (right type) |\n|---|---|---|---|\n");
		StringBuilder keep = new StringBuilder("| must stay | planted | false-mask rate |\n|---|---|---|\n");
		int plantedPersonal = 0;
		int found = 0;
		int plantedKeep = 0;
		int touchedKeep = 0;
		for (Map.Entry<String, int[]> entry : byKind.entrySet()) {
			int[] c = entry.getValue();
			if (entry.getKey().equals("name-without-cue")) {
				personal.append("| %s (out of scope: nothing in the text marks it as a name) | %d | %.4f | %.4f |\n"
					.formatted(entry.getKey(), c[0], (double) c[1] / c[0], (double) c[2] / c[0]));
			}
			else if (isPersonal(entry.getKey())) {
				plantedPersonal += c[0];
				found += c[1];
				personal.append("| %s | %d | %.4f | %.4f |\n".formatted(entry.getKey(), c[0], (double) c[1] / c[0],
						(double) c[2] / c[0]));
			}
			else {
				plantedKeep += c[0];
				touchedKeep += c[3];
				keep.append("| %s | %d | %.4f |\n".formatted(entry.getKey(), c[0], (double) c[3] / c[0]));
			}
		}
		String md = """
				Generated corpus: %d ticket-like texts (English and Chinese frames, seed %d), each with 1-3 planted personal
				values and 1-3 values that must stay (order numbers, dates, amounts, versions, tracking numbers, times, ticket
				keys). Generator: `PersonalDataCorpus` in the test sources.

				**Overall recall %.4f** (%d of %d personal values masked); **false-mask rate %.4f** (%d of %d must-stay
				values touched by a mask); %d of %d masks covered no planted personal value.

				%s
				%s
				Caveat: detectors and generator were written by the same team, so this measures coverage of the listed
				formats, not recall on real tickets. Names are found only where the text gives them away (cues such as
				"my name is", "Dear", "我叫", signatures); a bare name in running text stays (row above).
				"""
			.formatted(SAMPLES, seed, (double) found / plantedPersonal, found, plantedPersonal,
					(double) touchedKeep / plantedKeep, touchedKeep, plantedKeep, spurious, masks, personal, keep);
		return md;
	}

	private static boolean isPersonal(String kind) {
		return List.of("email", "phone", "card", "cn-id", "iban", "ip", "name").contains(kind);
	}

}
