"""The Textual interface: it shows what askfoi.conversation says and sends it what the person types."""
