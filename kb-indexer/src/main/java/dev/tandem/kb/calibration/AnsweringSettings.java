package dev.tandem.kb.calibration;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When Tandem answers automatically ({@code tandem.answering.*}).
 *
 * @param targetPrecision share of automatic answers that must be right; the threshold is
 * calibrated for it
 * @param outOfScopeShare assumed share of incoming questions the knowledge base does not
 * cover (weights out-of-scope questions in the calibrated precision)
 * @param minQuestions fewest example questions of published articles needed to calibrate;
 * below it a conservative default applies and the calibration is flagged
 * @param maxQuestions most example questions replayed per calibration (a seeded sample
 * beyond that, so large knowledge bases calibrate in bounded time)
 * @param minAnswered answers a point of the curve needs before its precision is trusted
 * @param safetyMargin added to the target when choosing the threshold, against the
 * optimism of estimating precision on the knowledge base's own questions
 * @param recalibrationDelay quiet time after the last change before recalibrating
 * @param maxOutOfScopeRate optional second constraint on the threshold: the highest
 * estimated share of out-of-scope questions that may get an automatic answer (in [0, 1]).
 * Unset: the threshold is the lowest meeting the target precision, so out-of-scope
 * questions may use the whole error budget
 */
@Validated
@ConfigurationProperties("tandem.answering")
public record AnsweringSettings(@DefaultValue("0.95") @DecimalMin("0.5") @DecimalMax("0.999") double targetPrecision,
		@DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("0.9") double outOfScopeShare,
		@DefaultValue("30") @Min(5) int minQuestions, @DefaultValue("3000") @Min(50) @Max(100000) int maxQuestions,
		@DefaultValue("20") @Min(1) int minAnswered,
		@DefaultValue("0.0") @DecimalMin("0.0") @DecimalMax("0.2") double safetyMargin,
		@DefaultValue("30s") @NotNull Duration recalibrationDelay,
		Optional<@DecimalMin("0.0") @DecimalMax("1.0") Double> maxOutOfScopeRate) {

	@ConstructorBinding
	public AnsweringSettings {
		maxOutOfScopeRate = Objects.requireNonNullElse(maxOutOfScopeRate, Optional.empty());
		maxOutOfScopeRate.ifPresent((rate) -> {
			if (!(rate >= 0 && rate <= 1)) {
				throw new IllegalArgumentException(
						"tandem.answering.max-out-of-scope-rate must be between 0 and 1, was " + rate);
			}
		});
	}

	public AnsweringSettings(double targetPrecision, double outOfScopeShare, int minQuestions, int maxQuestions,
			int minAnswered, double safetyMargin, Duration recalibrationDelay) {
		this(targetPrecision, outOfScopeShare, minQuestions, maxQuestions, minAnswered, safetyMargin,
				recalibrationDelay, Optional.empty());
	}

	public static AnsweringSettings defaults() {
		return new AnsweringSettings(0.95, 0.25, 30, 3000, 20, 0.0, Duration.ofSeconds(30));
	}

	public AnsweringSettings withTargetPrecision(double target) {
		return new AnsweringSettings(target, this.outOfScopeShare, this.minQuestions, this.maxQuestions,
				this.minAnswered, this.safetyMargin, this.recalibrationDelay, this.maxOutOfScopeRate);
	}

	public AnsweringSettings withOutOfScopeShare(double share) {
		return new AnsweringSettings(this.targetPrecision, share, this.minQuestions, this.maxQuestions,
				this.minAnswered, this.safetyMargin, this.recalibrationDelay, this.maxOutOfScopeRate);
	}

	public AnsweringSettings withSafetyMargin(double margin) {
		return new AnsweringSettings(this.targetPrecision, this.outOfScopeShare, this.minQuestions, this.maxQuestions,
				this.minAnswered, margin, this.recalibrationDelay, this.maxOutOfScopeRate);
	}

	/**
	 * The same settings with the out-of-scope answer rate capped ({@code empty}: no cap).
	 */
	public AnsweringSettings withMaxOutOfScopeRate(Optional<Double> rate) {
		return new AnsweringSettings(this.targetPrecision, this.outOfScopeShare, this.minQuestions, this.maxQuestions,
				this.minAnswered, this.safetyMargin, this.recalibrationDelay, rate);
	}

}
