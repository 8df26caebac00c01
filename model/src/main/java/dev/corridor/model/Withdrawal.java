package dev.corridor.model;

import java.util.List;

/** Tranches a risk takes away when it occurs: nothing more may be drawn from them from period {@code from} on. */
public record Withdrawal(List<String> tranches, int from) {

    public Withdrawal {
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
    }
}
