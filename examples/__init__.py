"""The articles `factrack demo` tracks, shipped as package data of `flows.examples`."""
