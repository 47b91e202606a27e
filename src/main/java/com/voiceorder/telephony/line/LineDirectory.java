package com.voiceorder.telephony.line;

import com.voiceorder.shared.domain.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * The lines telephony serves, implemented by the container (from the database). Read at start and on
 * {@code SipEndpoint.refreshLines()}; the finders are used for lines not seen at the last refresh.
 * Called on SIP worker threads, never on media threads.
 */
public interface LineDirectory {

    List<SipLine> lines();

    default Optional<SipLine> findByNumber(PhoneNumber number) {
        return lines().stream().filter(line -> line.number().equals(number)).findFirst();
    }

    /** The line whose credentials use this SIP user name (trunk account or registering gateway). */
    default Optional<SipLine> findByUsername(String username) {
        return lines().stream()
                .filter(line -> line.credentials() != null && line.credentials().username().equals(username))
                .findFirst();
    }
}
