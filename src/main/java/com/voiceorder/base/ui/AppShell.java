package com.voiceorder.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/** App-wide settings: server push over WebSocket so boards update without reload. */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@Viewport("width=device-width, initial-scale=1")
@PWA(name = "VoiceOrder", shortName = "VoiceOrder")
public class AppShell implements AppShellConfigurator {
}
