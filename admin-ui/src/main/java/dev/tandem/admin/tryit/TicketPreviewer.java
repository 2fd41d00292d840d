package dev.tandem.admin.tryit;

/**
 * Previews what Tandem would do with a ticket; changes nothing. The try-it console's only
 * dependency, so that it can switch to the connector's triage preview service without
 * touching the view.
 */
public interface TicketPreviewer {

	/**
	 * @param summary the ticket's summary
	 * @param description the ticket's description
	 * @return the preview
	 */
	TicketPreview preview(String summary, String description);

}
