"""Looking inside a network: back-query pictures, gradient checks, PNG sheets."""
