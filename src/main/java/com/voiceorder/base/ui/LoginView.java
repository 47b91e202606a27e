package com.voiceorder.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.cdi.annotation.CdiComponent;
import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.application.AuthenticationService;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/** Sign-in page, French first with a switch to English. */
@Route("login")
@CdiComponent
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationService authentication;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(AuthenticationService authentication) {
        this.authentication = authentication;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
        Button otherLanguage = new Button(getTranslation("login.other-language"), e -> switchLanguage());
        otherLanguage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        otherLanguage.setId("switch-language");
        add(new H1("VoiceOrder"), new Paragraph(getTranslation("login.tagline")), form, otherLanguage);
        form.setI18n(i18n());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo(HomeRedirect.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · VoiceOrder";
    }

    private void signIn(LoginEvent event) {
        Optional<AuthenticatedUser> user = authentication.authenticate(event.getUsername(), event.getPassword());
        if (user.isEmpty()) {
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        Locale locale = UI.getCurrent().getLocale();
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        CurrentUser.set(user.get());
        Languages.use(UI.getCurrent(), locale);
        UI.getCurrent().navigate(HomeRedirect.class);
    }

    private void switchLanguage() {
        Locale next = Languages.ENGLISH.equals(getLocale()) ? Languages.FRENCH : Languages.ENGLISH;
        Languages.use(UI.getCurrent(), next);
        UI.getCurrent().getPage().reload();
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }
}
