// <voiceorder-chart>: a Chart.js chart whose whole configuration ({type, data, options}) is set
// from the server as the `config` property. Redraws in place when the configuration changes.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class VoiceorderChart extends HTMLElement {
  connectedCallback() {
    if (!this.canvas) {
      this.style.display = this.style.display || 'block';
      this.style.position = 'relative';
      this.canvas = document.createElement('canvas');
      this.appendChild(this.canvas);
    }
    this.draw();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  set config(value) {
    this._config = value;
    this.draw();
  }

  get config() {
    return this._config;
  }

  draw() {
    if (!this.isConnected || !this.canvas || !this._config) {
      return;
    }
    const config = JSON.parse(JSON.stringify(this._config));
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    if (this.chart && this.chart.config.type === config.type) {
      this.chart.data = config.data;
      this.chart.options = config.options;
      this.chart.update();
    } else {
      if (this.chart) {
        this.chart.destroy();
      }
      this.chart = new Chart(this.canvas, config);
    }
  }
}

customElements.define('voiceorder-chart', VoiceorderChart);
