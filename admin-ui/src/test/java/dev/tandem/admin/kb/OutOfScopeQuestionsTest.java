package dev.tandem.admin.kb;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.kb.calibration.OutOfScopeExamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The knowledge manager's list of questions the knowledge base does not cover: shown one
 * a line, saved (blank lines and duplicates dropped) for a background recalibration, too
 * many refused next to the field with nothing stored, and closed to other roles.
 */
@WithUserDetails("km")
class OutOfScopeQuestionsTest extends BrowserlessUiTest {

	@Autowired
	OutOfScopeQuestionsService service;

	@Test
	void showsTheStoredQuestionsAndSavesTheEditedOnes() {
		when(this.calibrationService.outOfScopeExamples())
			.thenReturn(new OutOfScopeExamples(List.of("what is the weather tomorrow", "book a table")));
		navigate("knowledge-base", KnowledgeBaseView.class);
		test(find(Button.class).id("kb-out-of-scope")).click();
		OutOfScopeDialog dialog = find(OutOfScopeDialog.class).single();
		assertThat(dialog.questions.getValue()).isEqualTo("what is the weather tomorrow\nbook a table");

		dialog.questions.setValue("  book a table \n\norder a pizza\nbook a table\n天气怎么样\n");
		test(dialog.save).click();

		verify(this.calibrationService)
			.storeOutOfScopeExamples(new OutOfScopeExamples(List.of("book a table", "order a pizza", "天气怎么样")));
		assertThat(dialog.questions.isInvalid()).isFalse();
		assertThat(dialog.isOpened()).isFalse();
	}

	@Test
	void moreThanTheMaximumIsRefusedNextToTheFieldAndNothingIsStored() {
		navigate("knowledge-base", KnowledgeBaseView.class);
		test(find(Button.class).id("kb-out-of-scope")).click();
		OutOfScopeDialog dialog = find(OutOfScopeDialog.class).single();
		StringBuilder many = new StringBuilder();
		for (int i = 0; i <= OutOfScopeExamples.MAX; i++) {
			many.append("question ").append(i).append('\n');
		}
		dialog.questions.setValue(many.toString());
		test(dialog.save).click();

		assertThat(dialog.questions.isInvalid()).isTrue();
		assertThat(dialog.questions.getErrorMessage()).contains("5001 out-of-scope examples, at most 5000");
		assertThat(dialog.isOpened()).isTrue();
		verify(this.calibrationService, never()).storeOutOfScopeExamples(any());
	}

	@Test
	@WithUserDetails("manager")
	void managersCannotChangeThem() {
		assertThatThrownBy(() -> this.service.save("book a table")).isInstanceOf(AccessDeniedException.class);
		verify(this.calibrationService, never()).storeOutOfScopeExamples(any());
	}

}
