package dev.tandem.kb.harvest;

/** A review action that cannot be done, with a message a reviewer can read. */
public class ReviewException extends RuntimeException {

	public ReviewException(String message) {
		super(message);
	}

}
