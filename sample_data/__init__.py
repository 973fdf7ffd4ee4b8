"""The bundled sample plan (installed as ``tui_app.sample_data``): ``plan.json``, in the store's format."""
