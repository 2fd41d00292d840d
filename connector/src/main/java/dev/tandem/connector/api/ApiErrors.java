package dev.tandem.connector.api;

import java.util.Map;

import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.VersionConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the connector's API as {@code {"error": "..."}} with a fitting status. */
@RestControllerAdvice(basePackages = "dev.tandem.connector")
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "request body is not valid JSON for this endpoint: "
				+ ((ex.getMostSpecificCause() != null) ? ex.getMostSpecificCause().getMessage() : ex.getMessage()));
	}

	@ExceptionHandler(VersionConflictException.class)
	ResponseEntity<Map<String, String>> conflict(VersionConflictException ex) {
		return error(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(StoreUnavailableException.class)
	ResponseEntity<Map<String, String>> unavailable(StoreUnavailableException ex) {
		log.warn("API request failed: {}", ex.getMessage());
		return error(HttpStatus.SERVICE_UNAVAILABLE, "Elasticsearch is unavailable, try again shortly");
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", String.valueOf(message)));
	}

}
