package com.voiceorder.twilio;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /twilio/voice}: Twilio's voice webhook, and {@code POST /twilio/transfer-result}: the report of
 * a transfer's dial. The form is read from the body only (Twilio signs the URL with its query, plus the POST
 * parameters), the public URL is rebuilt from the forwarded headers.
 */
@WebServlet({"/twilio/voice", TwilioCallTransfers.RESULT_PATH})
public class TwilioVoiceServlet extends HttpServlet {

    private static final int MAX_BODY_CHARS = 64 * 1024;

    @Inject
    TwilioEntry entry;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        URI received = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        String publicUrl = TwilioSignature.publicUrl(received, request.getHeader("X-Forwarded-Proto"),
                request.getHeader("X-Forwarded-Host"));
        Map<String, List<String>> form;
        try {
            form = formOf(request);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        String signature = request.getHeader(TwilioSignature.HEADER);
        TwilioVoiceWebhook.Reply reply = request.getRequestURI().endsWith(TwilioCallTransfers.RESULT_PATH)
                ? entry.webhook().handleTransferResult(publicUrl, form, signature)
                : entry.webhook().handle(publicUrl, form, signature);
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(reply.body());
    }

    /** The {@code application/x-www-form-urlencoded} body, names to values in order. */
    static Map<String, List<String>> formOf(HttpServletRequest request) throws IOException {
        StringBuilder body = new StringBuilder();
        char[] buffer = new char[4096];
        var reader = request.getReader();
        for (int read; (read = reader.read(buffer)) > 0; ) {
            body.append(buffer, 0, read);
            if (body.length() > MAX_BODY_CHARS) {
                throw new IllegalArgumentException("Form too large");
            }
        }
        return parseForm(body.toString());
    }

    static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> form = new HashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return form;
    }
}
