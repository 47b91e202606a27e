package com.voiceorder.calls.application;

import com.voiceorder.telephony.line.LineStatus;
import java.util.List;

/** Where the live status of the SIP lines comes from (the running endpoint). */
public interface LineStatusSource {

    /** One status per line telephony serves now; empty when SIP is off or not started. */
    List<LineStatus> lineStatuses();
}
