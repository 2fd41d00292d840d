package dev.tandem.admin.i18n;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;

/**
 * The language menu: English / 简体中文. Picking a language switches the session to it at
 * once.
 */
public class LanguageSelect extends Select<SupportedLanguage> {

	public LanguageSelect() {
		setId("language-select");
		setItems(SupportedLanguage.values());
		setItemLabelGenerator(SupportedLanguage::nativeName);
		setPrefixComponent(VaadinIcon.GLOBE.create());
		addThemeVariants(SelectVariant.LUMO_SMALL);
		addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				getUI().ifPresent(ui -> LanguagePreference.choose(ui, event.getValue()));
			}
		});
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		setValue(LanguagePreference.current(attachEvent.getUI()));
		setAriaLabel(getTranslation("language.select"));
		setTooltipText(getTranslation("language.select"));
	}

}
