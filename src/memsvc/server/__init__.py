"""gRPC adapters: servicers (proto -> domain), remote clients (domain -> proto), the app."""
