package com.voiceorder.telephony.media;

import java.util.Optional;

/** A DTMF key as carried by RFC 4733 named telephone events 0–15. */
public enum DtmfDigit {
    D0('0'), D1('1'), D2('2'), D3('3'), D4('4'), D5('5'), D6('6'), D7('7'), D8('8'), D9('9'),
    STAR('*'), POUND('#'), A('A'), B('B'), C('C'), D('D');

    private final char symbol;

    DtmfDigit(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    /** RFC 4733 §3.2 event code: 0–9, * = 10, # = 11, A–D = 12–15. */
    public int eventCode() {
        return ordinal();
    }

    public static Optional<DtmfDigit> ofEventCode(int code) {
        DtmfDigit[] all = values();
        return code >= 0 && code < all.length ? Optional.of(all[code]) : Optional.empty();
    }

    public static Optional<DtmfDigit> ofSymbol(char symbol) {
        char upper = Character.toUpperCase(symbol);
        for (DtmfDigit digit : values()) {
            if (digit.symbol == upper) {
                return Optional.of(digit);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.valueOf(symbol);
    }
}
