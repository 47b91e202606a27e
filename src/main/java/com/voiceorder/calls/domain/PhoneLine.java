package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A restaurant's phone number answered by the assistant: how calls arrive ({@link LineMode}), the
 * SIP account for a trunk, which source addresses may send calls, the concurrency limit, where to
 * transfer to staff, and the assistant's settings. The number (E.164) is unique.
 */
@Entity
@Table(name = "phone_line")
public class PhoneLine extends BaseEntity {

    public static final int DEFAULT_MAX_CONCURRENT_CALLS = 4;
    public static final int MAX_CONCURRENT_CALLS_LIMIT = 500;
    public static final int MAX_ERROR_LENGTH = 1000;

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "phone_number", length = 20, nullable = false, unique = true)
    private String number;

    @Column(name = "display_name", length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", length = 30, nullable = false)
    private LineMode mode;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Embedded
    private SipAccount sipAccount;

    @ElementCollection
    @CollectionTable(name = "phone_line_allowed_source", joinColumns = @JoinColumn(name = "line_id"))
    @Column(name = "source_address", length = 100, nullable = false)
    private Set<String> allowedSources = new HashSet<>();

    @Column(name = "accept_unknown_sources", nullable = false)
    private boolean acceptUnknownSources;

    @Column(name = "max_concurrent_calls", nullable = false)
    private int maxConcurrentCalls = DEFAULT_MAX_CONCURRENT_CALLS;

    @Column(name = "staff_transfer_number", length = 20)
    private String staffTransferNumber;

    @Embedded
    private AssistantSettings assistant = AssistantSettings.defaults();

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    protected PhoneLine() {
    }

    public PhoneLine(Long restaurantId, String number, String displayName, LineMode mode) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.number = Guard.required("number", Guard.e164OrNull("number", number));
        rename(displayName);
        this.mode = Guard.required("mode", mode);
    }

    public void rename(String displayName) {
        this.displayName = Guard.optionalText("displayName", displayName, 100);
    }

    /** Changes how calls arrive; a trunk registration needs a SIP account first. */
    public void switchTo(LineMode mode) {
        Guard.required("mode", mode);
        if (mode == LineMode.REGISTER_TO_TRUNK && sipAccount == null) {
            throw new DomainException("sip", "registering to a trunk needs a SIP account");
        }
        this.mode = mode;
    }

    /** Sets the SIP account (password already encrypted); null removes it unless the line registers to a trunk. */
    public void useSipAccount(SipAccount account) {
        if (account == null && mode == LineMode.REGISTER_TO_TRUNK) {
            throw new DomainException("sip", "a line registering to a trunk needs a SIP account");
        }
        this.sipAccount = account;
    }

    /** The addresses (IP) calls may come from, and whether other addresses are accepted too. */
    public void allowSources(Set<String> addresses, boolean acceptUnknown) {
        Set<String> cleaned = new HashSet<>();
        for (String address : addresses == null ? Set.<String>of() : addresses) {
            String trimmed = Guard.optionalText("allowedSources", address, 100);
            if (trimmed != null) {
                cleaned.add(trimmed);
            }
        }
        this.allowedSources.clear();
        this.allowedSources.addAll(cleaned);
        this.acceptUnknownSources = acceptUnknown;
    }

    /** Whether a call from that source address may be taken on this line. */
    public boolean acceptsSource(String address) {
        return acceptUnknownSources || (address != null && allowedSources.contains(address.strip()));
    }

    public void limitConcurrentCalls(int max) {
        this.maxConcurrentCalls = Guard.between("maxConcurrentCalls", max, 1, MAX_CONCURRENT_CALLS_LIMIT);
    }

    /** Where callers are transferred when they ask for a person; null = no transfer. */
    public void transferStaffTo(String e164) {
        this.staffTransferNumber = Guard.e164OrNull("staffTransferNumber", e164);
    }

    public void configureAssistant(AssistantSettings settings) {
        this.assistant = Guard.required("assistant", settings);
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public String getNumber() {
        return number;
    }

    public String getDisplayName() {
        return displayName;
    }

    public LineMode getMode() {
        return mode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The SIP account, or null when the line has none. */
    public SipAccount getSipAccount() {
        return sipAccount;
    }

    public Set<String> getAllowedSources() {
        return Set.copyOf(allowedSources);
    }

    public boolean isAcceptUnknownSources() {
        return acceptUnknownSources;
    }

    public int getMaxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    public String getStaffTransferNumber() {
        return staffTransferNumber;
    }

    public AssistantSettings getAssistant() {
        return assistant;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastErrorAt() {
        return lastErrorAt;
    }
}
