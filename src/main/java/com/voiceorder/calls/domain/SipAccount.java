package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The credentials a line registers to its SIP trunk with. The password is held only encrypted
 * (see {@code SecretCipher}): this class never sees it in clear.
 */
@Embeddable
public class SipAccount {

    @Column(name = "sip_registrar_host", length = 255)
    private String registrarHost;

    @Column(name = "sip_port")
    private Integer port;

    @Enumerated(EnumType.STRING)
    @Column(name = "sip_transport", length = 10)
    private SipTransport transport;

    @Column(name = "sip_username", length = 100)
    private String username;

    @Column(name = "sip_auth_username", length = 100)
    private String authUsername;

    @Column(name = "sip_domain", length = 255)
    private String domain;

    @Column(name = "sip_password_encrypted", length = 500)
    private String encryptedPassword;

    protected SipAccount() {
    }

    /**
     * @param port            null = 5060
     * @param transport       null = UDP
     * @param authUsername    null = same as username
     * @param domain          null = the registrar host
     * @param encryptedPassword ciphertext from {@code SecretCipher.encrypt}, or null when none
     */
    public SipAccount(String registrarHost, Integer port, SipTransport transport, String username,
                      String authUsername, String domain, String encryptedPassword) {
        this.registrarHost = Guard.text("sip.registrarHost", registrarHost, 255);
        this.port = port == null ? 5060 : Guard.between("sip.port", port, 1, 65535);
        this.transport = transport == null ? SipTransport.UDP : transport;
        this.username = Guard.text("sip.username", username, 100);
        this.authUsername = Guard.optionalText("sip.authUsername", authUsername, 100);
        this.domain = Guard.optionalText("sip.domain", domain, 255);
        this.encryptedPassword = Guard.optionalText("sip.password", encryptedPassword, 500);
    }

    /** The same account with another (encrypted) password. */
    public SipAccount withEncryptedPassword(String encryptedPassword) {
        return new SipAccount(registrarHost, port, transport, username, authUsername, domain, encryptedPassword);
    }

    public String getRegistrarHost() {
        return registrarHost;
    }

    public int getPort() {
        return port == null ? 5060 : port;
    }

    public SipTransport getTransport() {
        return transport;
    }

    public String getUsername() {
        return username;
    }

    /** The user name for digest authentication (defaults to the user name). */
    public String getAuthUsername() {
        return authUsername == null ? username : authUsername;
    }

    /** The SIP domain of the address of record (defaults to the registrar host). */
    public String getDomain() {
        return domain == null ? registrarHost : domain;
    }

    public String getEncryptedPassword() {
        return encryptedPassword;
    }

    public boolean hasPassword() {
        return encryptedPassword != null;
    }

    @Override
    public String toString() {
        return "SipAccount[" + username + "@" + registrarHost + ":" + getPort() + "/" + transport + "]";
    }
}
