package com.voiceorder.telephony.call;

/** How handing a caller to a person ended. */
public enum TransferOutcome {
    /** The person answered: the caller is with them and our part of the call is over. */
    CONNECTED,
    /** Nobody answered in time (or the target was busy): the caller is still with us. */
    NO_ANSWER,
    /** The transfer could not be attempted or was refused: the caller is still with us. */
    FAILED
}
