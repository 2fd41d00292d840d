package dev.tandem.connector.api;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.mode.Mode;
import dev.tandem.connector.mode.ModeChanged;
import dev.tandem.connector.mode.OperatingMode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/v1/mode}: {@code live} or {@code shadow}, for every instance,
 * persisted and audited.
 */
@RestController
class ModeController {

	private final OperatingMode mode;

	ModeController(OperatingMode mode) {
		this.mode = mode;
	}

	@GetMapping("/api/v1/mode")
	Map<String, String> current() {
		return Map.of("mode", this.mode.current().name().toLowerCase(java.util.Locale.ROOT));
	}

	@PutMapping("/api/v1/mode")
	Map<String, String> change(@RequestBody ModeChange change, Principal principal) {
		Mode target = switch (String.valueOf(change.mode()).strip().toLowerCase(java.util.Locale.ROOT)) {
			case "live" -> Mode.LIVE;
			case "shadow" -> Mode.SHADOW;
			default ->
				throw new IllegalArgumentException("'mode' must be 'live' or 'shadow', was '" + change.mode() + "'");
		};
		ModeChanged changed = this.mode.switchTo(target, principal.getName(), Optional.ofNullable(change.reason()));
		return Map.of("mode", changed.to().name().toLowerCase(java.util.Locale.ROOT), "previous",
				changed.from().name().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Body of {@code PUT /api/v1/mode}.
	 *
	 * @param mode {@code live} or {@code shadow}
	 * @param reason why (audited)
	 */
	record ModeChange(String mode, String reason) {

	}

}
