package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.calls.application.PhoneLineCommand;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.Eagerness;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.SipAccount;
import com.voiceorder.calls.domain.SipTransport;
import com.voiceorder.calls.domain.TurnDetection;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.PhoneNumber;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates or edits one of the restaurant's phone lines: number, mode, SIP account, staff
 * transfer, on/off, and its assistant (language, voice, turn detection, instructions, greeting).
 * The SIP password is write-only: it is never shown back, and an empty field keeps the stored one.
 */
final class PhoneLineDialog extends Dialog {

    static final List<String> VOICES = List.of("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse",
            "marin", "cedar");

    final TextField number = new TextField();
    final TextField displayName = new TextField();
    final Select<LineMode> mode = new Select<>();
    final Checkbox enabled = new Checkbox();
    final TextField registrar = new TextField();
    final IntegerField port = new IntegerField();
    final Select<SipTransport> transport = new Select<>();
    final TextField username = new TextField();
    final TextField authUsername = new TextField();
    final TextField domain = new TextField();
    final PasswordField password = new PasswordField();
    final Checkbox clearPassword = new Checkbox();
    final TextField allowedSources = new TextField();
    final Checkbox acceptUnknownSources = new Checkbox();
    final IntegerField maxConcurrentCalls = new IntegerField();
    final TextField staffTransfer = new TextField();
    final Select<String> language = new Select<>();
    final Select<String> voice = new Select<>();
    final Select<TurnDetection> turnDetection = new Select<>();
    final NumberField vadThreshold = new NumberField();
    final IntegerField silenceMs = new IntegerField();
    final Select<Eagerness> eagerness = new Select<>();
    final TextArea instructions = new TextArea();
    final TextArea greeting = new TextArea();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final long restaurantId;
    private final String countryCode;
    private final PhoneLineService lines;
    private final PhoneLine editing;
    private final Runnable ownerCheck;
    private final Runnable saved;

    /** {@code editing} null: a new line (gateway mode, enabled, French assistant). */
    PhoneLineDialog(long restaurantId, String countryCode, PhoneLineService lines, PhoneLine editing,
                    Runnable ownerCheck, Runnable saved) {
        this.restaurantId = restaurantId;
        this.countryCode = countryCode;
        this.lines = lines;
        this.editing = editing;
        this.ownerCheck = ownerCheck;
        this.saved = saved;
        setId("line-dialog");
        setWidth("48rem");
        setHeaderTitle(getTranslation(editing == null ? "settings.line.new" : "settings.line.edit"));
        field(number, "number", "settings.line.number", "line-number");
        number.setRequiredIndicatorVisible(true);
        number.setReadOnly(editing != null);
        field(displayName, "displayName", "settings.line.display-name", "line-display-name");
        mode.setLabel(getTranslation("settings.line.mode"));
        mode.setId("line-mode");
        mode.setItems(LineMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("admin.line.mode." + m.name()));
        fieldsByName.put("mode", mode);
        enabled.setLabel(getTranslation("settings.line.enabled"));
        enabled.setId("line-enabled");
        field(registrar, "sip", "settings.line.registrar", "line-registrar");
        fieldsByName.put("sip.registrarHost", registrar);
        field(port, "sip.port", "settings.line.port", "line-port");
        port.setMin(1);
        port.setMax(65535);
        transport.setLabel(getTranslation("settings.line.transport"));
        transport.setId("line-transport");
        transport.setItems(SipTransport.values());
        fieldsByName.put("sip.transport", transport);
        field(username, "sip.username", "settings.line.username", "line-username");
        field(authUsername, "sip.authUsername", "settings.line.auth-username", "line-auth-username");
        field(domain, "sip.domain", "settings.line.domain", "line-domain");
        field(password, "sip.password", "settings.line.password", "line-password");
        clearPassword.setLabel(getTranslation("settings.line.clear-password"));
        clearPassword.setId("line-clear-password");
        field(allowedSources, "allowedSources", "settings.line.allowed-sources", "line-allowed-sources");
        allowedSources.setHelperText(getTranslation("settings.line.allowed-sources-help"));
        acceptUnknownSources.setLabel(getTranslation("settings.line.accept-unknown-sources"));
        acceptUnknownSources.setId("line-accept-unknown-sources");
        field(maxConcurrentCalls, "maxConcurrentCalls", "settings.line.max-concurrent-calls", "line-max-concurrent-calls");
        maxConcurrentCalls.setMin(1);
        maxConcurrentCalls.setMax(PhoneLine.MAX_CONCURRENT_CALLS_LIMIT);
        maxConcurrentCalls.setStepButtonsVisible(true);
        maxConcurrentCalls.setHelperText(getTranslation("settings.line.max-concurrent-calls-help"));
        field(staffTransfer, "staffTransferNumber", "settings.line.staff-transfer", "line-staff-transfer");
        language.setLabel(getTranslation("settings.assistant.language"));
        language.setId("line-assistant-language");
        language.setItems(Restaurant.LANGUAGES.stream().sorted().toList());
        language.setItemLabelGenerator(code -> getTranslation("admin.restaurant.language." + code));
        fieldsByName.put("assistant.language", language);
        voice.setLabel(getTranslation("settings.assistant.voice"));
        voice.setId("line-assistant-voice");
        voice.setEmptySelectionAllowed(true);
        voice.setEmptySelectionCaption(getTranslation("settings.assistant.voice-default"));
        voice.setItems(VOICES);
        fieldsByName.put("assistant.voice", voice);
        turnDetection.setLabel(getTranslation("settings.assistant.turn-detection"));
        turnDetection.setId("line-assistant-turn-detection");
        turnDetection.setItems(TurnDetection.values());
        turnDetection.setItemLabelGenerator(t -> getTranslation("settings.assistant.turn-detection." + t.name()));
        turnDetection.addValueChangeListener(e -> showTurnDetectionFields());
        field(vadThreshold, "assistant.vadThreshold", "settings.assistant.vad-threshold", "line-assistant-vad-threshold");
        vadThreshold.setMin(0);
        vadThreshold.setMax(1);
        vadThreshold.setStep(0.05);
        vadThreshold.setHelperText(getTranslation("settings.assistant.vad-threshold-help"));
        field(silenceMs, "assistant.silenceMs", "settings.assistant.silence-ms", "line-assistant-silence-ms");
        silenceMs.setMin(100);
        silenceMs.setMax(5000);
        eagerness.setLabel(getTranslation("settings.assistant.eagerness"));
        eagerness.setId("line-assistant-eagerness");
        eagerness.setEmptySelectionAllowed(true);
        eagerness.setItems(Eagerness.values());
        eagerness.setItemLabelGenerator(v -> v == null ? "" : getTranslation("settings.assistant.eagerness." + v.name()));
        field(instructions, "assistant.extraInstructions", "settings.assistant.instructions", "line-assistant-instructions");
        instructions.setMaxLength(4000);
        field(greeting, "assistant.greeting", "settings.assistant.greeting", "line-assistant-greeting");
        greeting.setMaxLength(1000);
        fill(editing);
        FormLayout lineForm = new FormLayout(number, displayName, mode, enabled, staffTransfer, maxConcurrentCalls,
                allowedSources, acceptUnknownSources);
        FormLayout sipForm = new FormLayout(registrar, port, transport, username, authUsername, domain, password,
                clearPassword);
        FormLayout assistantForm = new FormLayout(language, voice, turnDetection, vadThreshold, silenceMs, eagerness,
                instructions, greeting);
        assistantForm.setColspan(instructions, 2);
        assistantForm.setColspan(greeting, 2);
        add(lineForm, new H3(getTranslation("settings.line.sip")), sipForm,
                new H3(getTranslation("settings.assistant")), assistantForm);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("line-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    private <F extends com.vaadin.flow.component.HasLabel & HasValidation> void field(F field, String name, String key,
                                                                                      String id) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
        fieldsByName.put(name, field);
    }

    private void fill(PhoneLine line) {
        AssistantSettings assistant = line == null ? AssistantSettings.defaults() : line.getAssistant();
        if (line == null) {
            mode.setValue(LineMode.ACCEPT_FROM_GATEWAY);
            enabled.setValue(true);
            maxConcurrentCalls.setValue(PhoneLine.DEFAULT_MAX_CONCURRENT_CALLS);
            transport.setValue(SipTransport.UDP);
            password.setHelperText(null);
            clearPassword.setVisible(false);
        } else {
            number.setValue(line.getNumber());
            displayName.setValue(Objects.requireNonNullElse(line.getDisplayName(), ""));
            mode.setValue(line.getMode());
            enabled.setValue(line.isEnabled());
            allowedSources.setValue(String.join(", ", line.getAllowedSources().stream().sorted().toList()));
            acceptUnknownSources.setValue(line.isAcceptUnknownSources());
            maxConcurrentCalls.setValue(line.getMaxConcurrentCalls());
            staffTransfer.setValue(Objects.requireNonNullElse(line.getStaffTransferNumber(), ""));
            SipAccount sip = line.getSipAccount();
            transport.setValue(sip == null ? SipTransport.UDP : sip.getTransport());
            if (sip != null) {
                registrar.setValue(sip.getRegistrarHost());
                port.setValue(sip.getPort());
                username.setValue(sip.getUsername());
                authUsername.setValue(Objects.requireNonNullElse(sip.getAuthUsername(), ""));
                domain.setValue(Objects.requireNonNullElse(sip.getDomain(), ""));
            }
            boolean stored = sip != null && sip.hasPassword();
            // Write-only: the stored password never comes back to the browser, only whether there is one.
            password.setHelperText(getTranslation(stored ? "settings.line.password-kept" : "settings.line.password-none"));
            clearPassword.setVisible(stored);
        }
        language.setValue(assistant.getLanguage());
        voice.setValue(assistant.getVoice());
        turnDetection.setValue(assistant.getTurnDetection());
        vadThreshold.setValue(assistant.getVadThreshold());
        silenceMs.setValue(assistant.getSilenceMs());
        eagerness.setValue(assistant.getEagerness());
        instructions.setValue(Objects.requireNonNullElse(assistant.getExtraInstructions(), ""));
        greeting.setValue(Objects.requireNonNullElse(assistant.getGreeting(), ""));
        showTurnDetectionFields();
    }

    private void showTurnDetectionFields() {
        boolean semantic = turnDetection.getValue() == TurnDetection.SEMANTIC_VAD;
        vadThreshold.setVisible(!semantic);
        silenceMs.setVisible(!semantic);
        eagerness.setVisible(semantic);
    }

    boolean save() {
        boolean done = SettingsForms.save(ownerCheck, fieldsByName, () -> {
            PhoneLineCommand command = command();
            if (editing == null) {
                lines.create(restaurantId, command);
            } else {
                lines.update(restaurantId, editing.getId(), command);
            }
        });
        if (done) {
            close();
            saved.run();
        }
        return done;
    }

    private PhoneLineCommand command() {
        PhoneNumber lineNumber = phone(number, true);
        if (mode.getValue() == null) {
            throw new FieldRefusal(mode, getTranslation("form.required"));
        }
        PhoneNumber transfer = phone(staffTransfer, false);
        boolean semantic = turnDetection.getValue() == TurnDetection.SEMANTIC_VAD;
        AssistantSettings assistant = new AssistantSettings(language.getValue(), voice.getValue(),
                SettingsForms.blankToNull(instructions.getValue()), SettingsForms.blankToNull(greeting.getValue()),
                turnDetection.getValue(), semantic ? null : vadThreshold.getValue(),
                semantic ? null : silenceMs.getValue(), semantic ? eagerness.getValue() : null);
        Set<String> sources = Arrays.stream(allowedSources.getValue().split("[,\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new PhoneLineCommand(lineNumber, SettingsForms.blankToNull(displayName.getValue()), mode.getValue(),
                enabled.getValue(), sip(), sources, acceptUnknownSources.getValue(), maxConcurrentCalls.getValue(), transfer,
                assistant);
    }

    /** No SIP account while host and user are both empty; the typed password is sent only when one was typed. */
    private PhoneLineCommand.Sip sip() {
        String host = SettingsForms.blankToNull(registrar.getValue());
        String user = SettingsForms.blankToNull(username.getValue());
        if (host == null && user == null) {
            if (mode.getValue() == LineMode.REGISTER_TO_TRUNK) {
                throw new FieldRefusal(registrar, getTranslation("settings.line.trunk-needs-sip"));
            }
            return null;
        }
        if (host == null) {
            throw new FieldRefusal(registrar, getTranslation("form.required"));
        }
        if (user == null) {
            throw new FieldRefusal(username, getTranslation("form.required"));
        }
        String typed = password.getValue();
        String sent = typed != null && !typed.isEmpty() ? typed : clearPassword.getValue() ? "" : null;
        return new PhoneLineCommand.Sip(host, port.getValue(), transport.getValue(), user,
                SettingsForms.blankToNull(authUsername.getValue()), SettingsForms.blankToNull(domain.getValue()), sent);
    }

    private PhoneNumber phone(TextField field, boolean required) {
        String text = field.getValue() == null ? "" : field.getValue().strip();
        if (text.isEmpty()) {
            if (required) {
                throw new FieldRefusal(field, getTranslation("form.required"));
            }
            return null;
        }
        return PhoneNumber.tryParse(text, countryCode)
                .orElseThrow(() -> new FieldRefusal(field, getTranslation("settings.line.invalid-number")));
    }
}
