"""A local BrainSTEM-compatible server for trying the client and testing scripts."""
