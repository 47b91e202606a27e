package com.voiceorder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.BoardBrowser;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Push latency of the service board against a running server: N boards open in headless Chromium
 * (several tabs per browser), orders posted one by one through the REST API ({@code --gap-ms} apart),
 * and for every order and board the time from the API response (the order is committed) to the
 * order's card in the DOM. Every tab notes arrival times itself; they are collected once at the end,
 * so the harness never polls the browsers while orders are pushed.
 * Prints a Markdown table with p50/p95/max.
 *
 * <p>Arguments (all optional): {@code --url http://127.0.0.1:9080/ --admin-password … --boards 20
 * --orders 100 --tabs-per-browser 5 --gap-ms 500}. The admin password may come from VOICEORDER_ADMIN_PASSWORD.
 * It creates its own restaurant, owner and menu item, so it never touches existing data.
 */
public final class PushLatencyBench {

    private static final long APPEARANCE_TIMEOUT_MS = 10_000;

    private PushLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:9080/"));
        String adminPassword = options.getOrDefault("admin-password", System.getenv("VOICEORDER_ADMIN_PASSWORD"));
        if (adminPassword == null) {
            throw new IllegalArgumentException("--admin-password or VOICEORDER_ADMIN_PASSWORD is required");
        }
        int boards = Integer.parseInt(options.getOrDefault("boards", "20"));
        int orders = Integer.parseInt(options.getOrDefault("orders", "100"));
        int tabsPerBrowser = Integer.parseInt(options.getOrDefault("tabs-per-browser", "5"));
        long gapMillis = Long.parseLong(options.getOrDefault("gap-ms", "500"));

        ApiClient admin = ApiClient.basic(base, "admin", adminPassword);
        long restaurant = ApiFixtures.restaurant(admin);
        String owner = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Reply user = admin.post("/api/users", Map.of("username", owner, "displayName", owner,
                "password", ApiFixtures.USER_PASSWORD, "role", "OWNER", "restaurantIds", List.of(restaurant)));
        require(user, 201);
        long category = ApiFixtures.category(admin, restaurant, "Bench");
        JsonNode item = ApiFixtures.item(admin, restaurant, category, "Pizza bench", 1000, List.of());
        ApiClient api = ApiClient.basic(base, owner, ApiFixtures.USER_PASSWORD);

        List<Board> open = new ArrayList<>();
        List<BoardBrowser> browsers = new ArrayList<>();
        try {
            while (open.size() < boards) {
                BoardBrowser browser = BoardBrowser.start(base).signIn(owner, ApiFixtures.USER_PASSWORD);
                browsers.add(browser);
                browser.openBoard(restaurant, true);
                open.add(new Board(browser, browser.driver().getWindowHandle()));
                for (int tab = 1; tab < tabsPerBrowser && open.size() < boards; tab++) {
                    open.add(new Board(browser, browser.openBoardInNewTab(restaurant)));
                }
                System.err.printf("%d boards open%n", open.size());
            }
            System.err.printf("%d boards open in %d browsers; posting %d orders, one every %d ms%n",
                    open.size(), browsers.size(), orders, gapMillis);
            Map<String, long[]> posted = new LinkedHashMap<>(); // card id → {request sent, response received}
            for (int i = 0; i < orders; i++) {
                long sentAt = System.currentTimeMillis();
                Reply created = api.post("/api/restaurants/" + restaurant + "/orders", Map.of("type", "pickup",
                        "customer", Map.of("phone", "06 12 34 56 78", "name", "Bench " + i),
                        "lines", List.of(Map.of("itemId", item.get("id").asLong(), "quantity", 1, "optionIds", List.of()))));
                long committedAt = System.currentTimeMillis();
                require(created, 201);
                posted.put("order-" + created.json().get("id").asLong(), new long[] {sentAt, committedAt});
                if ((i + 1) % 10 == 0) {
                    System.err.printf("%d orders posted%n", i + 1);
                }
                Thread.sleep(Math.max(0, gapMillis - (System.currentTimeMillis() - sentAt)));
            }
            Thread.sleep(APPEARANCE_TIMEOUT_MS);
            List<Long> fromResponse = new ArrayList<>();
            List<Long> fromRequest = new ArrayList<>();
            int missed = 0;
            for (Board board : open) {
                Map<String, Long> seen = board.seen();
                for (var order : posted.entrySet()) {
                    Long at = seen.get(order.getKey());
                    if (at == null || at - order.getValue()[1] > APPEARANCE_TIMEOUT_MS) {
                        missed++;
                    } else {
                        fromRequest.add(at - order.getValue()[0]);
                        fromResponse.add(at - order.getValue()[1]);
                    }
                }
            }
            print(open.size(), browsers.size(), orders, fromResponse, fromRequest, missed);
        } finally {
            browsers.forEach(BoardBrowser::close);
        }
    }

    /** One open board: a tab of a browser, whose page notes when each card appeared. */
    private record Board(BoardBrowser browser, String tab) {

        /** Card id → wall-clock millis it appeared in this tab, read once at the end. */
        Map<String, Long> seen() {
            browser.driver().switchTo().window(tab);
            return browser.allSeen();
        }
    }

    private static void print(int boards, int browsers, int orders, List<Long> fromResponse, List<Long> fromRequest,
                              int missed) {
        System.out.println("| boards (browsers) | orders | samples | missed | from | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        row(boards, browsers, orders, missed, "API response (commit)", fromResponse);
        row(boards, browsers, orders, missed, "API request sent", fromRequest);
    }

    private static void row(int boards, int browsers, int orders, int missed, String from, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("| %d (%d) | %d | %d | %d | %s | %d | %d | %d |%n", boards, browsers, orders, sorted.size(),
                missed, from, percentile(sorted, 50), percentile(sorted, 95),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
    }

    /** Nearest-rank percentile of sorted values; -1 when there are none. */
    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void require(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
