package dev.tandem.admin.policy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CalibrationService;

/**
 * The calibration in force (threshold, target precision, precision/coverage curve), for
 * the policy pages. Read-only.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class CalibrationCurveService {

	private final CalibrationService calibration;

	CalibrationCurveService(CalibrationService calibration) {
		this.calibration = calibration;
	}

	public Calibration current() {
		return this.calibration.current();
	}

}
