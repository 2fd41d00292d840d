package dev.tandem.kb.calibration;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@Validated
@ConfigurationProperties("tandem.answering")
public record AnsweringSettings(@DefaultValue("0.95") @DecimalMin("0.5") @DecimalMax("0.999") double targetPrecision,
		@DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("0.9") double outOfScopeShare,
		@DefaultValue("30") @Min(5) int minQuestions, @DefaultValue("3000") @Min(50) @Max(100000) int maxQuestions,
		@DefaultValue("20") @Min(1) int minAnswered,
		@DefaultValue("0.0") @DecimalMin("0.0") @DecimalMax("0.2") double safetyMargin,
		@DefaultValue("30s") @NotNull Duration recalibrationDelay) {

	public static AnsweringSettings defaults() {
		return new AnsweringSettings(0.95, 0.25, 30, 3000, 20, 0.0, Duration.ofSeconds(30));
	}

	public AnsweringSettings withTargetPrecision(double target) {
		return new AnsweringSettings(target, this.outOfScopeShare, this.minQuestions, this.maxQuestions,
				this.minAnswered, this.safetyMargin, this.recalibrationDelay);
	}

	public AnsweringSettings withOutOfScopeShare(double share) {
		return new AnsweringSettings(this.targetPrecision, share, this.minQuestions, this.maxQuestions,
				this.minAnswered, this.safetyMargin, this.recalibrationDelay);
	}

	public AnsweringSettings withSafetyMargin(double margin) {
		return new AnsweringSettings(this.targetPrecision, this.outOfScopeShare, this.minQuestions, this.maxQuestions,
				this.minAnswered, margin, this.recalibrationDelay);
	}

}
