package com.voiceorder.telephony.sip;

import com.voiceorder.shared.domain.PhoneNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;

/** Reading the bits of SIP messages telephony needs. */
final class SipMessages {

    /** RFC 3325 header carrying the network-asserted caller id. */
    static final String P_ASSERTED_IDENTITY = "P-Asserted-Identity";
    private static final Pattern URI_USER = Pattern.compile("<?\\s*(?:sips?|tel):([^@;>\\s]+)", Pattern.CASE_INSENSITIVE);

    private SipMessages() {
    }

    static String callId(Message message) {
        CallIdHeader header = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
        return header == null ? "" : header.getCallId();
    }

    /** The user part of a SIP URI or the number of a tel URL; null otherwise. */
    static String user(URI uri) {
        if (uri instanceof SipURI sipUri) {
            return sipUri.getUser();
        }
        if (uri instanceof TelURL tel) {
            return (tel.isGlobal() ? "+" : "") + tel.getPhoneNumber();
        }
        return null;
    }

    static String user(Address address) {
        return address == null ? null : user(address.getURI());
    }

    static String calledUser(Request request) {
        String user = user(request.getRequestURI());
        if (user == null || user.isBlank()) {
            ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
            user = to == null ? null : user(to.getAddress());
        }
        return user;
    }

    /** Caller id from P-Asserted-Identity (RFC 3325), else From; empty when withheld or not a number. */
    static Optional<PhoneNumber> callerId(Request request, String defaultRegion) {
        Header asserted = request.getHeader(P_ASSERTED_IDENTITY);
        if (asserted != null) {
            Matcher matcher = URI_USER.matcher(asserted.toString().substring(asserted.toString().indexOf(':') + 1));
            if (matcher.find()) {
                Optional<PhoneNumber> number = number(matcher.group(1), defaultRegion);
                if (number.isPresent()) {
                    return number;
                }
            }
        }
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        return from == null ? Optional.empty() : number(user(from.getAddress()), defaultRegion);
    }

    private static Optional<PhoneNumber> number(String user, String defaultRegion) {
        if (user == null || user.equalsIgnoreCase("anonymous") || user.equalsIgnoreCase("unknown")
                || user.equalsIgnoreCase("restricted")) {
            return Optional.empty();
        }
        String digits = user.replaceAll("[-.() ]", "");
        if (!digits.matches("\\+?\\d{3,20}")) {
            return Optional.empty();
        }
        return PhoneNumber.tryParse(digits, defaultRegion);
    }
}
