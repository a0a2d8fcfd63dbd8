package io.mcpwarden.demo.orders;

/**
 * The order desk refused a request for a reason the requester can act on; the message says which and what to do.
 */
public class OrderRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderRefusedException(String message) {
        super(message);
    }
}
