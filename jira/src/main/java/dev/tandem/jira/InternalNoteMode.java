package dev.tandem.jira;

/**
 * How an internal note (visible to agents, hidden from the customer) is written.
 */
public enum InternalNoteMode {

	/**
	 * Service desk API for Jira Service Management projects, comment property for every
	 * other project type (the service desk API refuses issues outside a service project).
	 */
	AUTO,

	/**
	 * {@code POST /rest/servicedeskapi/request/{key}/comment} with
	 * {@code "public": false}.
	 */
	SERVICE_DESK_API,

	/**
	 * Platform comment carrying the property {@code sd.public.comment = {"internal":
	 * true}}.
	 */
	COMMENT_PROPERTY

}
