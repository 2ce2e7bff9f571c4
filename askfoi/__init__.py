"""askfoi: write a UK Freedom of Information request that gets answered."""

__version__ = "0.1.0"
