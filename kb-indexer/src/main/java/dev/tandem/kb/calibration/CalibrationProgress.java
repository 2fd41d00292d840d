package dev.tandem.kb.calibration;

import java.util.function.IntConsumer;

/**
 * Progress of a calibration: told the number of example questions replayed so far (as an
 * {@link IntConsumer}, so a lambda still serves), and, optionally, how many of the
 * article classifier's models are trained, the phase that takes minutes on a large
 * knowledge base.
 */
@FunctionalInterface
public interface CalibrationProgress extends IntConsumer {

	/**
	 * A model finished training.
	 * @param done models trained so far
	 * @param total models to train (11: one on everything, ten out-of-fold)
	 */
	default void classifierModelTrained(int done, int total) {
	}

	/**
	 * Progress as lines for a console ({@code calibrating: N example questions replayed},
	 * {@code calibrating: 3 of 11 article classifier models trained}).
	 */
	static CalibrationProgress lines(java.util.function.Consumer<String> out) {
		return new CalibrationProgress() {

			@Override
			public void accept(int replayed) {
				out.accept("calibrating: %d example questions replayed".formatted(replayed));
			}

			@Override
			public void classifierModelTrained(int done, int total) {
				out.accept("calibrating: %d of %d article classifier models trained".formatted(done, total));
			}

		};
	}

	/**
	 * The progress an {@link IntConsumer} stands for (training not reported, unless it is
	 * one).
	 */
	static CalibrationProgress of(IntConsumer replayed) {
		return (replayed instanceof CalibrationProgress progress) ? progress : replayed::accept;
	}

}
