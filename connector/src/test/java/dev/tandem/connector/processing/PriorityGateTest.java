package dev.tandem.connector.processing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

/** How ordinary steps make room while a person waits for priority work. */
class PriorityGateTest {

	private final PriorityGate gate = new PriorityGate(1, Duration.ofMinutes(1));

	@Test
	void ordinaryStepsRunSideBySideWhileNoPersonWaits() {
		assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
			this.gate.enterOrdinary();
			this.gate.enterOrdinary();
			this.gate.enterOrdinary();
		});
	}

	@Test
	void whilePriorityWorkWaitsASecondOrdinaryStepWaitsForTheFirstToEnd() throws Exception {
		this.gate.enterOrdinary();
		this.gate.entered();
		CountDownLatch secondEntered = new CountDownLatch(1);
		Thread second = Thread.ofPlatform().start(() -> {
			this.gate.enterOrdinary();
			secondEntered.countDown();
		});
		await().until(() -> second.getState() == Thread.State.TIMED_WAITING);
		assertThat(secondEntered.getCount()).isOne();

		this.gate.leaveOrdinary();

		assertThat(secondEntered.await(1, TimeUnit.MINUTES)).isTrue();
		this.gate.leaveOrdinary();
		this.gate.left();
	}

	@Test
	void ordinaryStepsGoOnOnceThePriorityWorkIsDone() throws Exception {
		this.gate.entered();
		this.gate.enterOrdinary();
		CountDownLatch secondEntered = new CountDownLatch(1);
		Thread second = Thread.ofPlatform().start(() -> {
			this.gate.enterOrdinary();
			secondEntered.countDown();
		});
		await().until(() -> second.getState() == Thread.State.TIMED_WAITING);

		this.gate.left();

		assertThat(secondEntered.await(1, TimeUnit.MINUTES)).isTrue();
		assertThat(this.gate.urgent()).isZero();
	}

	@Test
	void aWaitingOrdinaryStepGoesOnAfterTheLongestPause() {
		PriorityGate impatient = new PriorityGate(1, Duration.ofMillis(1));
		impatient.entered();
		impatient.enterOrdinary();

		assertTimeoutPreemptively(Duration.ofMinutes(1), impatient::enterOrdinary);
	}

}
