import { render } from 'preact';
import { ArticleReader } from '../../components/ArticleReader';
import '../../components/ui.css';

render(<ArticleReader />, document.getElementById('app')!);
