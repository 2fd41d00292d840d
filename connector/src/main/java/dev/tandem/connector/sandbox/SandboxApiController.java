package dev.tandem.connector.sandbox;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sandbox/tickets}: the demo sandbox over HTTP (bearer token, like the
 * rest of {@code /api/v1}).
 */
@RestController
@SandboxActive
class SandboxApiController {

	private final Sandbox sandbox;

	SandboxApiController(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	@GetMapping("/api/v1/sandbox/tickets")
	List<SandboxTicket> tickets() {
		return this.sandbox.tickets();
	}

	@GetMapping("/api/v1/sandbox/tickets/{key}")
	ResponseEntity<SandboxTicket> ticket(@PathVariable String key) {
		return this.sandbox.ticket(key).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/api/v1/sandbox/tickets")
	ResponseEntity<SandboxTicket> create(@RequestBody NewTicket ticket) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.sandbox.createTicket(ticket.summary(), ticket.description()));
	}

	@GetMapping("/api/v1/sandbox/samples")
	List<DemoContent.SampleTicket> samples() {
		return this.sandbox.samples();
	}

	@PostMapping("/api/v1/sandbox/samples/{index}/replay")
	ResponseEntity<SandboxTicket> replay(@PathVariable int index) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.sandbox.replaySample(index));
	}

	@PostMapping("/api/v1/sandbox/tickets/{key}/comments")
	SandboxTicket comment(@PathVariable String key, @RequestBody NewComment comment) {
		return this.sandbox.addCustomerComment(key, comment.text());
	}

	/**
	 * A new ticket.
	 *
	 * @param summary summary
	 * @param description description
	 */
	record NewTicket(String summary, String description) {

	}

	/**
	 * A customer comment.
	 *
	 * @param text the comment
	 */
	record NewComment(String text) {

	}

}
