package dev.tandem.kb.elasticsearch;

import java.io.IOException;
import java.net.ConnectException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchFailureTest {

	@Test
	void recognisesAConflictAnswer() {
		ElasticsearchException conflict = answer(409, "version_conflict_engine_exception");

		assertThat(ElasticsearchFailure.isConflict(new RuntimeException(conflict))).isTrue();
		assertThat(ElasticsearchFailure.isConflict(answer(400, "mapper_parsing_exception"))).isFalse();
	}

	@Test
	void recognisesAWriteBlock() {
		assertThat(ElasticsearchFailure.isWriteBlocked(answer(403, "cluster_block_exception"))).isTrue();
		assertThat(ElasticsearchFailure.isWriteBlocked(answer(403, "security_exception"))).isFalse();
	}

	@Test
	void recognisesAnUnreachableClusterAndNamesTheCause() {
		IOException failure = new IOException("request failed", new ConnectException("Connection refused"));

		assertThat(ElasticsearchFailure.isUnreachable(failure)).isTrue();
		assertThat(ElasticsearchFailure.rootMessage(failure)).isEqualTo("Connection refused");
		assertThat(ElasticsearchFailure.isUnreachable(answer(500, "exception"))).isFalse();
	}

	private static ElasticsearchException answer(int status, String type) {
		return new ElasticsearchException("es/index",
				ErrorResponse.of((e) -> e.status(status).error((c) -> c.type(type).reason("because"))));
	}

}
