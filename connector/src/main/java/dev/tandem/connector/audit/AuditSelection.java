package dev.tandem.connector.audit;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;

/** An {@link AuditQuery} as an Elasticsearch query on {@code <prefix>-audit}. */
final class AuditSelection {

	private AuditSelection() {
	}

	static Query of(AuditQuery query) {
		return Query.of((q) -> q.bool((bool) -> {
			if (query.from().isPresent() || query.to().isPresent()) {
				bool.filter((f) -> f.range((range) -> range.untyped((at) -> {
					at.field("at");
					query.from().ifPresent((from) -> at.gte(JsonData.of(from.toString())));
					query.to().ifPresent((to) -> at.lt(JsonData.of(to.toString())));
					return at;
				})));
			}
			query.actor().ifPresent((actor) -> bool.filter(term("actor", actor)));
			query.issueKey().ifPresent((key) -> bool.filter(term("issueKey", key)));
			query.action()
				.ifPresent((action) -> bool
					.filter((f) -> action.endsWith(".") ? f.prefix((prefix) -> prefix.field("action").value(action))
							: f.term((term) -> term.field("action").value(action))));
			query.text()
				.ifPresent((text) -> bool.must((must) -> must.bool((words) -> words
					.should((s) -> s.match((match) -> match.field("reasons").query(text).operator(Operator.And)))
					.should(term("actor", text))
					.should(term("action", text))
					.should(term("issueKey", text))
					.should(term("decision", text))
					.minimumShouldMatch("1"))));
			return bool;
		}));
	}

	private static Query term(String field, String value) {
		return Query.of((q) -> q.term((term) -> term.field(field).value(FieldValue.of(value)).caseInsensitive(true)));
	}

}
