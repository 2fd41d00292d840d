package dev.tandem.connector.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's made-up company "Acme Cloud" ({@code classpath:demo/}, see its README): the
 * support team and the sample tickets the sandbox replays.
 */
public final class DemoContent {

	private static final JsonMapper json = JsonMapper.builder().build();

	private DemoContent() {
	}

	/**
	 * A demo agent.
	 *
	 * @param id Jira id in the sandbox
	 * @param name display name
	 * @param timeZone time zone
	 * @param languages languages spoken
	 * @param skills categories known well
	 * @param senior member of the senior (VIP) pool
	 * @param workStart start of working hours, {@code HH:mm}
	 * @param workEnd end of working hours, {@code HH:mm}
	 */
	public record DemoAgent(String id, String name, String timeZone, List<String> languages, List<String> skills,
			boolean senior, String workStart, String workEnd) {

	}

	/**
	 * A sample ticket.
	 *
	 * @param summary summary
	 * @param description description
	 * @param reporterName the customer's name
	 * @param reporterEmail the customer's e-mail
	 * @param expected the decision the demo expects, e.g. {@code AUTO_ANSWER}
	 * @param why why that decision is expected
	 */
	public record SampleTicket(String summary, String description, String reporterName, String reporterEmail,
			String expected, String why) {

	}

	public static List<DemoAgent> agents() {
		List<DemoAgent> agents = new ArrayList<>();
		for (JsonNode agent : json.readTree(read("demo/agents.json")).values()) {
			String[] hours = agent.path("workingHours").asString("09:00-17:00").split("-");
			agents.add(new DemoAgent(agent.path("id").asString(), agent.path("name").asString(),
					agent.path("timeZone").asString("UTC"), strings(agent.path("languages")),
					strings(agent.path("skills")), agent.path("senior").asBoolean(false), hours[0].strip(),
					hours[1].strip()));
		}
		return agents;
	}

	public static List<SampleTicket> tickets() {
		List<SampleTicket> tickets = new ArrayList<>();
		for (String line : read("demo/tickets.jsonl").split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode ticket = json.readTree(line);
			tickets.add(new SampleTicket(ticket.path("summary").asString(), ticket.path("description").asString(),
					ticket.path("reporter").path("name").asString("Customer"),
					ticket.path("reporter").path("email").asString("customer@example.com"),
					ticket.path("expected").asString(""), ticket.path("why").asString("")));
		}
		return tickets;
	}

	private static List<String> strings(JsonNode array) {
		return array.values().stream().map(JsonNode::asString).toList();
	}

	private static String read(String resource) {
		try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("demo content missing: classpath:" + resource));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
